[#-- Fig. 5(a): the grokking rate lambda_3 against the training fraction. --]
The grokking rate $\lambda_3$, the third eigenvalue of $H = 2A^{\top}A/Z_0$ at the normalised linear structure
($Z_0 = p - 1$), over [=figures.fig5a.sets] random training sets per fraction ($p = 10$): its mean, and the
probability that it is 0 (a third free direction; exact rank decides).
\begin{center}
\begin{tikzpicture}
\begin{axis}[width=0.6\textwidth, height=5.5cm, xlabel={training fraction}, ylabel={mean $\lambda_3$},
  axis y line*=left, ymin=0]
\addplot[mark=*, mark size=1.2pt, blue, error bars/.cd, y dir=both, y explicit]
  table[col sep=comma, x=fraction, y=mean_lambda3, y error=mean_stderr]{data/grok-fig5a.csv};
\end{axis}
\begin{axis}[width=0.6\textwidth, height=5.5cm, axis y line*=right, axis x line=none, ylabel={$P(\lambda_3 = 0)$},
  ymin=0, ymax=1.02]
\addplot[mark=square*, mark size=1.2pt, orange]
  table[col sep=comma, x=fraction, y=p_zero]{data/grok-fig5a.csv};
\end{axis}
\end{tikzpicture}
\end{center}
