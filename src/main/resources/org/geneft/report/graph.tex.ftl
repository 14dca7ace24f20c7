\section{Your graph: [=graph.name]}\label{sec:graph}
The static bounds of Sec.~III for the graph read from \texttt{[=graph.name]} (format [=graph.format]).
\begin{center}
\begin{tabular}{>{\raggedright\arraybackslash}p{5cm}>{\raggedright\arraybackslash}p{10cm}}
\toprule
$n$, arcs, loops, labels & [=graph.n], [=graph.arcs], [=graph.loops], [=graph.labels]\\
class & [=graph.relationClass]\\
$\log_2|\mathrm{Aut}(G)|$ & [=graph.log2Aut]\\
$b$ (exact) & [=graph.bits] bits $= \log_2 n!$ ([=graph.log2Factorial]) $- \log_2|\mathrm{Aut}(G)|$\\
Table~2 & [=graph.table2]\\
$N$ (labelled pairs) & [=graph.dataSetSize]\\
$p_*$ of Eq.~5 & [=graph.pStar] ([=graph.pStarSource])\\
transition $b/N$ & [=graph.transition]\\
[#list graph.criticalFractions as c]
$p_c$ of Eq.~4 at $\alpha = [=c.alpha]$ & [=c.pc]\\
[/#list]
\bottomrule
\end{tabular}
\end{center}
\begin{center}
\begin{tikzpicture}
\begin{axis}[width=0.6\textwidth, height=0.4\textwidth, xlabel={training fraction}, ylabel={accuracy bound},
  ymax=1.02, legend pos=south east, legend style={font=\tiny}]
\addplot[blue, thick] table[col sep=comma, x=fraction, y=f_ub_eq5] {data/graph-bounds.csv};
\addlegendentry{$f_{\mathrm{UB}}$, Eq.~5}
\addplot[red, dashed] table[col sep=comma, x=fraction, y=f_eq3] {data/graph-bounds.csv};
\addlegendentry{$f$, Eq.~3}
\draw[gray] (axis cs:[=graph.transitionAt?no_esc],0) -- (axis cs:[=graph.transitionAt?no_esc],1.02);
\end{axis}
\end{tikzpicture}
\end{center}
