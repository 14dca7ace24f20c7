[#-- Sec. 4.2, Figs. 1 and 7: the transformer on modular addition, at a reduced scale. --]
[#if figures.transformer.run]
A transformer on addition modulo 47 at a scale a CPU runs in minutes (the paper's 256-dimensional model, its $p$ and
its steps are beyond this verifier or were lost in extraction): 32-dimensional embeddings, one decoder-only block,
AdamW for embeddings and decoder alike, weight decay on the decoder only (none: blue; 1: red), up to
[=figures.transformer.steps] steps, each seed once without and once with decay (\texttt{data/grok-transformer.csv}, one
file per run for the curves). Left: held-out accuracy; right: the entropy of the embeddings' PCA explained variance
ratio (nats). The verdicts below are about this scale only: reproduced or not, never the paper's runs confirmed or
refuted.
\begin{center}
\begin{tikzpicture}
\begin{axis}[width=0.45\textwidth, height=5cm, xlabel={step}, ylabel={held-out accuracy}, ymin=0, ymax=1.02,
  xmode=log, log basis x=10, title={\footnotesize Fig.~7 (left), reduced}]
[#list figures.transformer.runs as r]
\addplot[[#if r.decay]red[#else]blue[/#if], thin] table[col sep=comma, x=step, y=test]{data/[=r.name].csv};
[/#list]
\end{axis}
\end{tikzpicture}
\begin{tikzpicture}
\begin{axis}[width=0.45\textwidth, height=5cm, xlabel={step}, ylabel={PCA entropy $S$}, xmode=log, log basis x=10,
  title={\footnotesize entropy of the explained variance}]
[#list figures.transformer.runs as r]
\addplot[[#if r.decay]red[#else]blue[/#if], thin] table[col sep=comma, x=step, y=entropy]{data/[=r.name].csv};
[/#list]
\end{axis}
\end{tikzpicture}
\end{center}
[#else]
No transformer runs at this budget (the smoke budget runs none).
[/#if]
