[#-- Fig. 6 (a)-(c): the toy model's phase diagrams. --]
[#if figures.fig6.run]
The toy model on addition ($p = 10$, 45 of 55 pairs trained), each cell one run of up to [=figures.fig6.steps] steps, classified by
Appendix~A: comprehension (green), grokking (yellow), memorization (violet), confusion (grey). Grid: [=figures.fig6.grid]
(\texttt{data/grok-fig6a.csv}, \texttt{grok-fig6b.csv}, \texttt{grok-fig6c.csv}).
\pgfplotsset{grokphases/.style={only marks, scatter, mark size=3pt, scatter src=explicit symbolic,
  scatter/classes={comprehension={mark=square*,green!60!black}, grokking={mark=square*,yellow!80!orange},
    memorization={mark=square*,violet}, confusion={mark=square*,gray}}}}
\begin{center}
\begin{tikzpicture}
\begin{axis}[width=0.34\textwidth, height=5cm, xmode=log, ymode=log, xlabel={embedding rate}, ylabel={decoder rate},
  title={\footnotesize (a) regression}]
\addplot[grokphases] table[col sep=comma, x=x, y=y, meta=phase]{data/grok-fig6a.csv};
\end{axis}
\end{tikzpicture}
\begin{tikzpicture}
\begin{axis}[width=0.34\textwidth, height=5cm, xmode=log, xlabel={decoder rate}, ylabel={decoder weight decay},
  title={\footnotesize (b) regression}]
\addplot[grokphases] table[col sep=comma, x=x, y=y, meta=phase]{data/grok-fig6b.csv};
\end{axis}
\end{tikzpicture}
\begin{tikzpicture}
\begin{axis}[width=0.34\textwidth, height=5cm, xmode=log, xlabel={decoder rate}, ylabel={decoder weight decay},
  title={\footnotesize (c) classification}]
\addplot[grokphases] table[col sep=comma, x=x, y=y, meta=phase]{data/grok-fig6c.csv};
\end{axis}
\end{tikzpicture}
\end{center}
[#else]
No phase diagram at this budget (the smoke budget runs none).
[/#if]
