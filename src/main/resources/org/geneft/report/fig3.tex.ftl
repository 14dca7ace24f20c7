[#assign f = figures.fig3]
\setcounter{figure}{2}
\begin{figure}[h!tbp]
\centering
[#if f.present]
[#list f.panels as p]
\begin{tikzpicture}
\begin{axis}[width=0.48\textwidth, height=0.36\textwidth, title={[=p.relation]}, xlabel={training fraction},
  ylabel={accuracy (train + test)}, ymax=1.02, legend pos=south east, legend style={font=\tiny}]
[#list p.decoders as d]
\addplot+[thick, mark size=1pt, discard if not={relation}{[=p.relation]}, discard if not={decoder}{[=d]},
  error bars/.cd, y dir=both, y explicit] table[col sep=comma, x=fraction, y=acc_mean, y error=acc_stderr] {data/fig3.csv};
\addlegendentry{decoder [=d]}
[/#list]
[#if p.bounds]
\addplot[blue, densely dotted, thick, discard if not={relation}{[=p.relation]}] table[col sep=comma, x=fraction, y=f_ub_eq5] {data/fig3-bounds.csv};
\addlegendentry{Eq.~5}
\addplot[red, thick, discard if not={relation}{[=p.relation]}] table[col sep=comma, x=fraction, y=mc_bound] {data/fig3-bounds.csv};
\addlegendentry{Monte Carlo bound}
[/#if]
[#if p.transition??]
\draw[gray] (axis cs:[=p.transition?no_esc],0) -- (axis cs:[=p.transition?no_esc],1.02);
[/#if]
\end{axis}
\end{tikzpicture}%
[#sep]\hfill
[/#list]
[#else]
[@missing f/]
[/#if]
\caption{Accuracy over the whole data set against the training fraction, with the Eq.~5 and Monte Carlo bounds and the
transition scale $b/n^2$ (vertical line)[#if f.present]; [=f.run][/#if].}\label{fig:3}
\end{figure}
