[#-- Fig. 4(a): P(unique linear structure) against the training fraction; the critical fraction against p. --]
The probability that a random training set of $m$ of the $55$ unordered pairs of $p = 10$ symbols implies a unique
linear structure (nullity 2 of $A$, exact integer rank), [=figures.fig4a.sets] training sets per fraction on the
authors' grid, and the ideal accuracy (Appendix D--E: the pairs the implied parallelograms decide). The curve crosses
$1/2$ at fraction [=figures.fig4a.critical].
\begin{center}
\begin{tikzpicture}
\begin{axis}[width=0.6\textwidth, height=5.5cm, xlabel={training fraction}, ylabel={probability, accuracy},
  ymin=0, ymax=1.02, legend pos=south east, legend style={font=\scriptsize}]
\addplot[mark=*, mark size=1.2pt, blue, error bars/.cd, y dir=both, y explicit]
  table[col sep=comma, x=fraction, y=p_unique, y error=stderr]{data/grok-fig4a.csv};
\addlegendentry{P(unique linear structure)}
\addplot[mark=square*, mark size=1.2pt, green!50!black]
  table[col sep=comma, x=fraction, y=ideal_accuracy]{data/grok-fig4a.csv};
\addlegendentry{ideal accuracy}
\addplot[dashed, gray] coordinates {(0.4,0) (0.4,1)};
\end{axis}
\end{tikzpicture}
\end{center}
How the crossing moves with $p$: the median over [=figures.fig4a.sizeSets] random orderings of the fewest pairs that
imply a unique structure (uniqueness only grows with the set, so this median is where $P$ crosses $1/2$), as a
fraction of the $p(p+1)/2$ pairs (\texttt{data/grok-critical-by-p.csv}).
\begin{center}
\begin{tikzpicture}
\begin{axis}[width=0.6\textwidth, height=5cm, xlabel={$p$}, ylabel={critical fraction}, ymin=0]
\addplot[mark=*, mark size=1.2pt, red, error bars/.cd, y dir=both, y explicit]
  table[col sep=comma, x=p, y=median_fraction, y error minus expr=\thisrow{median_fraction}-\thisrow{q10},
    y error plus expr=\thisrow{q90}-\thisrow{median_fraction}]{data/grok-critical-by-p.csv};
\end{axis}
\end{tikzpicture}
\end{center}
