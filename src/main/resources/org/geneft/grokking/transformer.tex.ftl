[#-- Sec. 4.2, Figs. 1 and 7: the authors' transformer on modular addition, at a reduced scale. --]
[#if figures.transformer.run]
\begin{sloppypar}
The authors' transformer (their code in grokking-squared: \texttt{phasegrok/}\allowbreak\texttt{models.py} and
\texttt{scripts/}\allowbreak\texttt{transformer\_grokking.py}; checked against torch's own
\texttt{TransformerEncoderLayer}, see the README) at a scale a CPU runs: addition modulo [=figures.transformer.p] on every ordered pair, 80\,\% trained on,
[=figures.transformer.d]-dimensional embeddings without position vectors, [=figures.transformer.depth] pre-norm encoder
layers of one head, AdamW at $10^{-3}$ for embeddings and decoder. Each seed runs unregularized (blue), with the
decoder's weight decay at [=figures.transformer.decays] of the authors' grid $e^{\mathrm{linspace}(-4, 3, 19)}$ (red),
and with dropout at [=figures.transformer.dropouts] of their grid $\mathrm{linspace}(0, 0.5, 10)$ (green), up to
[=figures.transformer.steps] steps (\texttt{data/grok-transformer.csv}, one file per run for the curves). Left:
held-out accuracy; right: the entropy of the embeddings' PCA explained variance ratio (nats). The authors ran 256
dimensions, $p = 53$ and up to $10^5$ steps a run: the verdicts below are about this scale only, reproduced or not,
never the paper's runs confirmed or refuted.
\end{sloppypar}

The text says weight decay ``has only been applied to the decoder and not to the embedding layer''; in the authors'
script the embeddings' parameter group names no weight decay, so \texttt{torch.optim.AdamW} gives them its default,
0.01. The runs here follow the code.
\begin{center}
\begin{tikzpicture}
\begin{axis}[width=0.45\textwidth, height=5cm, xlabel={step}, ylabel={held-out accuracy}, ymin=0, ymax=1.02,
  xmode=log, log basis x=10, title={\footnotesize Fig.~7 (left), reduced}]
[#list figures.transformer.runs as r]
\addplot[[=r.color], thin] table[col sep=comma, x=step, y=test]{data/[=r.name].csv};
[/#list]
\end{axis}
\end{tikzpicture}
\begin{tikzpicture}
\begin{axis}[width=0.45\textwidth, height=5cm, xlabel={step}, ylabel={PCA entropy $S$}, xmode=log, log basis x=10,
  title={\footnotesize entropy of the explained variance}]
[#list figures.transformer.runs as r]
\addplot[[=r.color], thin] table[col sep=comma, x=step, y=entropy]{data/[=r.name].csv};
[/#list]
\end{axis}
\end{tikzpicture}
\end{center}
The two scans, as the authors ran them for Fig.~7: each run's held-out 90\,\% step against the decoder's weight decay
(left) and the dropout rate (right, the unregularized runs at rate 0); a run that never got there within its budget is
an open circle at the budget (\texttt{data/grok-transformer-decay-scan*.csv}, \texttt{-dropout-scan*.csv}).
\begin{center}
\begin{tikzpicture}
\begin{axis}[width=0.45\textwidth, height=5cm, xlabel={decoder weight decay}, ylabel={held-out 90\,\% step},
  xmode=log, ymode=log, log basis x=10, log basis y=10, title={\footnotesize Fig.~7, weight decay, reduced}]
[#if figures.transformer.scans.decayReached]
\addplot[only marks, mark=*, mark size=1.5pt, red] table[col sep=comma, x=value, y=step]{data/grok-transformer-decay-scan.csv};
[/#if]
[#if figures.transformer.scans.decayNever]
\addplot[only marks, mark=o, mark size=1.5pt, red] table[col sep=comma, x=value, y=step]{data/grok-transformer-decay-scan-never.csv};
[/#if]
\end{axis}
\end{tikzpicture}
\begin{tikzpicture}
\begin{axis}[width=0.45\textwidth, height=5cm, xlabel={dropout rate}, ylabel={held-out 90\,\% step},
  ymode=log, log basis y=10, title={\footnotesize dropout, reduced}]
[#if figures.transformer.scans.dropoutReached]
\addplot[only marks, mark=*, mark size=1.5pt, green!60!black] table[col sep=comma, x=value, y=step]{data/grok-transformer-dropout-scan.csv};
[/#if]
[#if figures.transformer.scans.dropoutNever]
\addplot[only marks, mark=o, mark size=1.5pt, green!60!black] table[col sep=comma, x=value, y=step]{data/grok-transformer-dropout-scan-never.csv};
[/#if]
\end{axis}
\end{tikzpicture}
\end{center}
[#if figures.transformerPhases.run]
\begin{sloppypar}
Fig.~7 (right) on a share of the authors' grid: the first seed at [=figures.transformerPhases.rates] decoder learning
rates (every third of their $10^{\mathrm{linspace}(-9, -1, 15)}$ from the third, and the scans' $10^{-3}$) by
[=figures.transformerPhases.decays] of their weight decays, the embeddings' rate at $10^{-3}$; each cell one run,
classified by Appendix~A: comprehension (green), grokking (yellow), memorization (violet), confusion (grey)
(\texttt{data/grok-transformer-phases.csv}). The published panel (in the authors' repository as
\texttt{assets/}\allowbreak\texttt{figures/}\allowbreak\texttt{phasediagram\_}\allowbreak\texttt{transformer.jpg}, commit abac75b) shows
memorization over the small rates at every decay but the largest, grokking at middle rates below a decay of about 5,
comprehension in a small region between grokking and confusion near $10^{-3}$--$10^{-2}$, and confusion at large rates
and decays.
\end{sloppypar}
\begin{center}
\begin{tikzpicture}
\begin{axis}[width=0.6\textwidth, height=5.5cm, xmode=log, ymode=log, log basis x=10, log basis y=10,
  xlabel={decoder learning rate}, ylabel={decoder weight decay}, title={\footnotesize Fig.~7 (right), reduced},
  only marks, scatter, mark size=2.5pt, scatter src=explicit symbolic,
  scatter/classes={comprehension={mark=square*,green!60!black}, grokking={mark=square*,yellow!80!orange},
    memorization={mark=square*,violet}, confusion={mark=square*,gray}}]
\addplot table[col sep=comma, x=x, y=y, meta=phase]{data/grok-transformer-phases.csv};
\end{axis}
\end{tikzpicture}
\end{center}
[/#if]
[#else]
No transformer runs at this budget (the smoke budget runs none).
[/#if]
