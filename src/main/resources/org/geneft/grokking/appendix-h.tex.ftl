[#-- Appendix H, Fig. 18: the permutation group S3 against the training fraction. --]
[#if figures.fig18.run]
The permutation group $S_3$ with $3\times 3$ matrix embeddings (\texttt{toy/Figure5d\_permutation.ipynb}'s model), run
at several training fractions, several seeds each (\texttt{data/grok-fig18.csv}): the final RQI over the generalized
parallelograms (Appendix~H, within 0.5 on the matrices scaled to unit root mean square), the steps to RQI $> 0.95$
(absent where a run never gets there), and the real accuracy over the 36 pairs against the accuracy the generalized
parallelograms predict. The text lost the figure's fractions and settings; those used are in the verdicts below.
\begin{center}
\begin{tikzpicture}
\begin{axis}[width=0.32\textwidth, height=5cm, xlabel={training fraction}, ylabel={RQI}, xmin=0, xmax=1, ymin=0,
  ymax=1.02, title={\footnotesize Fig.~18(a)}]
\addplot[only marks, mark=*, mark size=1.2pt, blue] table[col sep=comma, x=fraction, y=rqi]{data/grok-fig18.csv};
\end{axis}
\end{tikzpicture}
\begin{tikzpicture}
\begin{axis}[width=0.32\textwidth, height=5cm, xlabel={training fraction}, ylabel={steps to RQI $> 0.95$}, xmin=0,
  xmax=1, ymode=log, title={\footnotesize Fig.~18(b)}]
\addplot[only marks, mark=*, mark size=1.2pt, blue] table[col sep=comma, x=fraction, y=rqi_step]{data/grok-fig18.csv};
\end{axis}
\end{tikzpicture}
\begin{tikzpicture}
\begin{axis}[width=0.32\textwidth, height=5cm, xlabel={predicted accuracy}, ylabel={accuracy}, xmin=0, xmax=1, ymin=0,
  ymax=1.02, title={\footnotesize Fig.~18(e)}]
\addplot[only marks, mark=*, mark size=1.2pt, blue] table[col sep=comma, x=predicted, y=accuracy]{data/grok-fig18.csv};
\addplot[dashed, red] coordinates {(0,0) (1,1)};
\end{axis}
\end{tikzpicture}
\end{center}
[#else]
No runs of the permutation group at this budget (the smoke budget runs none).
[/#if]
