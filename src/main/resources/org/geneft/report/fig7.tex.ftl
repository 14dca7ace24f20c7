[#assign f = figures.fig7]
\setcounter{figure}{6}
\begin{figure}[h!tbp]
\centering
[#if f.present]
\begin{tikzpicture}
\begin{axis}[width=0.6\textwidth, height=0.4\textwidth, xlabel={decoder depth (hidden layers)}, ylabel={test accuracy},
  ymin=0, ymax=1.02]
\addplot+[thick, error bars/.cd, y dir=both, y explicit] table[col sep=comma, x=depth, y=test_acc_mean, y error=test_acc_stderr] {data/fig7.csv};
\end{axis}
\end{tikzpicture}
[#else]
[@missing f/]
[/#if]
\caption{Goldilocks zone: test accuracy against decoder depth for mod~3 (width 10, training fraction 0.3 in the paper)[#if f.present]; [=f.run][/#if].}\label{fig:7}
\end{figure}
