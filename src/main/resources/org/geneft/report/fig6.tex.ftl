[#assign f = figures.fig6]
\setcounter{figure}{5}
\begin{figure}[h!tbp]
\centering
[#if f.present]
\begin{tikzpicture}
\begin{axis}[width=0.6\textwidth, height=0.42\textwidth, xmode=log, xlabel={$\eta_{\mathrm{dec}}/\eta_{\mathrm{enc}}$},
  ylabel={P(generalization)}, ymin=0, ymax=1.02, legend pos=outer north east, legend style={font=\tiny}]
[#list f.scales as s]
\addplot+[thick, mark size=1.2pt, discard if not={init_scale}{[=s]}, error bars/.cd, y dir=both, y explicit]
  table[col sep=comma, x=ratio, y=p_gen, y error=p_gen_stderr] {data/fig6.csv};
\addlegendentry{init scale [=s]}
\addplot[black, thin, forget plot, discard if not={init_scale}{[=s]}] table[col sep=comma, x=ratio, y=p_eq12] {data/fig6.csv};
[/#list]
\end{axis}
\end{tikzpicture}
[#else]
[@missing f/]
[/#if]
\caption{Probability of generalization against the learning-rate ratio for several initialization scales, with Eq.~12
(black lines)[#if f.present]; [=f.run][/#if].}\label{fig:6}
\end{figure}
