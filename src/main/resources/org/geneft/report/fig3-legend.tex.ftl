[#assign f = figures["fig3-legend"]]
\begin{figure}[h!tbp]
\centering
[#if f.present]
[#list f.panels as p]
\begin{tikzpicture}
\begin{semilogxaxis}[width=0.48\textwidth, height=0.40\textwidth, title={[=p.relation]: the legend's decoders},
  xlabel={training fraction}, ylabel={accuracy (train + test)}, ymax=1.02, legend pos=south east,
  legend style={font=\tiny}, legend columns=2, cycle list name=exotic]
[#list p.decoders as d]
\addplot+[mark size=1pt, discard if not={relation}{[=p.relation]}, discard if not={decoder}{[=d.key]}]
  table[col sep=comma, x=fraction, y=acc_mean] {data/fig3-legend.csv};
\addlegendentry{mode [=d.mode], [=d.hidden] hidden}
[/#list]
\addplot[red, very thick, discard if not={relation}{[=p.relation]}, discard if not={decoder}{[=p.bound]}]
  table[col sep=comma, x=fraction, y=mc_bound] {data/fig3-legend.csv};
\addlegendentry{Monte Carlo bound}
\draw[gray] (axis cs:[=p.transition?no_esc],0) -- (axis cs:[=p.transition?no_esc],1.02);
\end{semilogxaxis}
\end{tikzpicture}%
[#sep]\hfill
[/#list]
[#else]
[@missing f/]
[/#if]
\caption{Fig.~3 with its legend: decoders of modes 1--3 (concat, diff, sqdiff) with 0, 1 and 3 hidden layers, trained
on the same training sets, against Appendix~D's Monte Carlo bound; vertical line: $b/n^2$[#if f.present]; [=f.run][/#if].}
\label{fig:3-legend}
\end{figure}
