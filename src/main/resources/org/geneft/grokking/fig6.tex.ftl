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
The authors' own data of the published panels (b) and (c) (\texttt{phase\_diagram\_plot/data\_add\_r.h5} and
\texttt{data\_add\_c.h5} in ejmichaud/grokking-squared, 10\textsuperscript{5} steps), read with the same thresholds
(\texttt{data/grok-fig6b-published.csv}, \texttt{grok-fig6c-published.csv}).
\begin{center}
\begin{tikzpicture}
\begin{axis}[width=0.34\textwidth, height=5cm, xmode=log, xlabel={decoder rate}, ylabel={decoder weight decay},
  title={\footnotesize (b) published}]
\addplot[grokphases] table[col sep=comma, x=x, y=y, meta=phase]{data/grok-fig6b-published.csv};
\end{axis}
\end{tikzpicture}
\begin{tikzpicture}
\begin{axis}[width=0.34\textwidth, height=5cm, xmode=log, xlabel={decoder rate}, ylabel={decoder weight decay},
  title={\footnotesize (c) published}]
\addplot[grokphases] table[col sep=comma, x=x, y=y, meta=phase]{data/grok-fig6c-published.csv};
\end{axis}
\end{tikzpicture}
\end{center}
Panel (d), Appendix~H: the permutation group $S_3$, its six elements embedded as $3\times 3$ matrices multiplied
before the decoder (24 of the 36 ordered pairs trained; \texttt{toy/Figure5d\_permutation.ipynb}'s model;
\texttt{data/grok-fig6d.csv}), beside the published panel's phases (the authors' \texttt{data\_perm\_r.h5}).
\begin{center}
\begin{tikzpicture}
\begin{axis}[width=0.34\textwidth, height=5cm, xmode=log, xlabel={decoder rate}, ylabel={decoder weight decay},
  ytick={0,5,8,10}, yticklabels={0,10,50,200}, title={\footnotesize (d) $S_3$, regression}]
\addplot[grokphases] table[col sep=comma, x=x, y=y_index, meta=phase]{data/grok-fig6d.csv};
\end{axis}
\end{tikzpicture}
\begin{tikzpicture}
\begin{axis}[width=0.34\textwidth, height=5cm, xmode=log, xlabel={decoder rate}, ylabel={decoder weight decay},
  ytick={0,5,8,10}, yticklabels={0,10,50,200}, title={\footnotesize (d) published}]
\addplot[grokphases] table[col sep=comma, x=x, y=y_index, meta=phase]{data/grok-fig6d-published.csv};
\end{axis}
\end{tikzpicture}
\end{center}
Appendix~G's diagrams (Figs.~13--15) on \texttt{train\_add}'s model: the decoder rate against the minibatch size, the
embeddings' initialisation scale and their weight decay, on grids chosen here because the text lost the paper's
(\texttt{data/grok-g13.csv}, \texttt{grok-g14.csv}, \texttt{grok-g15.csv}).
\begin{center}
\begin{tikzpicture}
\begin{axis}[width=0.34\textwidth, height=5cm, xmode=log, xlabel={decoder rate}, ylabel={batch size},
  title={\footnotesize Fig.~13}]
\addplot[grokphases] table[col sep=comma, x=x, y=y, meta=phase]{data/grok-g13.csv};
\end{axis}
\end{tikzpicture}
\begin{tikzpicture}
\begin{axis}[width=0.34\textwidth, height=5cm, xmode=log, ymode=log, xlabel={decoder rate}, ylabel={initialisation scale},
  title={\footnotesize Fig.~14}]
\addplot[grokphases] table[col sep=comma, x=x, y=y, meta=phase]{data/grok-g14.csv};
\end{axis}
\end{tikzpicture}
\begin{tikzpicture}
\begin{axis}[width=0.34\textwidth, height=5cm, xmode=log, xlabel={decoder rate}, ylabel={embedding weight decay},
  title={\footnotesize Fig.~15}]
\addplot[grokphases] table[col sep=comma, x=x, y=y, meta=phase]{data/grok-g15.csv};
\end{axis}
\end{tikzpicture}
\end{center}
[#else]
No phase diagram at this budget (the smoke budget runs none).
[/#if]
