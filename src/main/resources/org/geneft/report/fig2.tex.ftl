Eq.~5's $f_{\mathrm{UB}}(m) = f(m) + \max(p_*, 1-p_*)(1 - f(m))$ (dotted) against Appendix~D's Monte Carlo bound (solid,
$\pm 1$ standard error) and, on the same random training sets, the exact Bayes-optimal accuracy (dashed; where
counting the consistent relations fits its budget), for $n = [=fig2.n]$ and [=fig2.samplings] random training sets per
fraction. Vertical lines: the transition scale $b/n^2$.
\begin{center}
\begin{tabular}{lrrr}
\toprule
relation & $b$ (bits, exact) & $p_*$ & $b/n^2$\\
\midrule
[#list fig2.relations as r]
[=r.spec] & [=r.bits] & [=r.pStar] & [=r.transition]\\
[/#list]
\bottomrule
\end{tabular}
\end{center}
\setcounter{figure}{1}
\begin{figure}[h!tbp]
\centering
[#list fig2.relations as r]
\begin{tikzpicture}
\begin{axis}[width=0.36\textwidth, height=0.32\textwidth, title={[=r.spec]}, xlabel={training fraction},
  ylabel={accuracy bound}, ymax=1.02, xmin=0, legend pos=south east, legend style={font=\tiny}]
\addplot[blue, densely dotted, thick, discard if not={relation}{[=r.spec]}] table[col sep=comma, x=fraction, y=f_ub_eq5] {data/fig2.csv};
\addlegendentry{Eq.~5}
\addplot[red, thick, mark=*, mark size=0.8pt, discard if not={relation}{[=r.spec]}, error bars/.cd, y dir=both, y explicit]
  table[col sep=comma, x=fraction, y=mc_bound, y error=mc_stderr] {data/fig2.csv};
\addlegendentry{Monte Carlo}
[#if r.exact]
\addplot[black, dashed, discard if not={relation}{[=r.spec]}] table[col sep=comma, x=fraction, y=exact_bayes] {data/fig2.csv};
\addlegendentry{exact Bayes}
[/#if]
\draw[gray] (axis cs:[=r.transitionAt?no_esc],0) -- (axis cs:[=r.transitionAt?no_esc],1.02);
\end{axis}
\end{tikzpicture}%
[#sep]\hfill
[/#list]
\caption{Accuracy upper bound $f_{\mathrm{UB}}$ against the training fraction: Eq.~5 against the Monte Carlo bound
(data: \texttt{data/fig2.csv}).}\label{fig:2}
\end{figure}
