[#-- Fig. 3: the accuracy Appendix D predicts from the representation against the true accuracy. --]
[=figures.fig3.runs] runs of the toy model (addition, $p = 10$, the authors' settings), measured after
[=figures.fig3.measure] steps: the true accuracy over all 55 pairs against the accuracy predicted from the parallelograms present in the
final representation (Appendix D), and against the ideal model's (Appendix E). Mean gap
$|\mathrm{Acc} - \widehat{\mathrm{Acc}}| = [=figures.fig3.gap]$.
\begin{center}
\begin{tikzpicture}
\begin{axis}[width=0.45\textwidth, height=5.5cm, xlabel={predicted accuracy}, ylabel={accuracy}, xmin=0, xmax=1,
  ymin=0, ymax=1, title={\footnotesize Fig.~3(c)}]
\addplot[only marks, mark=*, mark size=1.2pt, blue] table[col sep=comma, x=predicted, y=accuracy]{data/grok-fig3.csv};
\addplot[dashed, red] coordinates {(0,0) (1,1)};
\end{axis}
\end{tikzpicture}
\begin{tikzpicture}
\begin{axis}[width=0.45\textwidth, height=5.5cm, xlabel={training fraction}, ylabel={accuracy, RQI}, xmin=0, xmax=1,
  ymin=0, ymax=1.02, legend pos=north west, legend style={font=\scriptsize}, title={\footnotesize Appendix E}]
\addplot[only marks, mark=*, mark size=1.2pt, blue] table[col sep=comma, x=fraction, y=accuracy]{data/grok-fig3.csv};
\addlegendentry{Acc}
\addplot[only marks, mark=o, mark size=1.4pt, green!50!black] table[col sep=comma, x=fraction, y=ideal]{data/grok-fig3.csv};
\addlegendentry{ideal Acc}
\addplot[only marks, mark=triangle*, mark size=1.2pt, orange] table[col sep=comma, x=fraction, y=rqi]{data/grok-fig3.csv};
\addlegendentry{RQI}
\end{axis}
\end{tikzpicture}
\end{center}
The same runs go on to at most [=figures.fig3.steps] steps (stopping once RQI $> 0.95$): the steps to RQI $> 0.95$ of the runs that
get there (Fig.~4(b); the others are absent), against the effective theory's $1/(\lambda_3\eta)$ of their training
sets with $\eta = 10^{-3}$ (Fig.~5(b)).
\begin{center}
\begin{tikzpicture}
\begin{axis}[width=0.6\textwidth, height=5.5cm, xlabel={training fraction}, ylabel={steps}, xmin=0, xmax=1,
  ymode=log, legend pos=north east, legend style={font=\scriptsize}]
\addplot[only marks, mark=*, mark size=1.4pt, blue] table[col sep=comma, x=fraction, y=rqi_step]{data/grok-fig3.csv};
\addlegendentry{steps to RQI $> 0.95$}
\addplot[only marks, mark=x, mark size=1.6pt, red] table[col sep=comma, x=fraction, y=predicted_steps]{data/grok-fig3.csv};
\addlegendentry{$1/(\lambda_3\eta)$}
\end{axis}
\end{tikzpicture}
\end{center}
