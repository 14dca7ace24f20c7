[#assign f = figures.fig5]
[#if f.present]
Phase of each trained run over the encoder and decoder learning rates (majority over seeds; green generalization,
yellow grokking, purple memorization, grey confusion), with the boundary fitted by the sweep (solid) and Eq.~12's
slope-1 line (dashed). Fits of $\log_{10}\eta_{\mathrm{dec}} = \text{slope}\cdot\log_{10}\eta_{\mathrm{enc}} + \text{intercept}$:
\begin{center}
\begin{tabular}{lllll}
\toprule
relation & slope & intercept & points & Eq.~12 (slope, intercept)\\
\midrule
[#list f.fitRows as r]
[=r.relation] & [=r.slope] & [=r.intercept] & [=r.points] & [=r.eq12]\\
[/#list]
\bottomrule
\end{tabular}
\end{center}
[/#if]
\setcounter{figure}{4}
\begin{figure}[h!tbp]
\centering
[#if f.present]
[#list f.panels as p]
\begin{tikzpicture}
\begin{axis}[width=0.34\textwidth, height=0.34\textwidth, title={[=p.relation]}, xmode=log, ymode=log,
  xlabel={$\eta_{\mathrm{enc}}$}, ylabel={$\eta_{\mathrm{dec}}$}]
\addplot[phases, discard if not={relation}{[=p.relation]}] table[col sep=comma, x=eta_enc, y=eta_dec, meta=phase] {data/fig5-phases.csv};
[#if p.fit]
\addplot[black, thick, discard if not={relation}{[=p.relation]}, discard if not={line}{fit}] table[col sep=comma, x=eta_enc, y=eta_dec] {data/fig5-lines.csv};
[/#if]
[#if p.eq12]
\addplot[black, dashed, discard if not={relation}{[=p.relation]}, discard if not={line}{eq12}] table[col sep=comma, x=eta_enc, y=eta_dec] {data/fig5-lines.csv};
[/#if]
\end{axis}
\end{tikzpicture}%
[#sep]\hfill
[/#list]
[#else]
[@missing f/]
[/#if]
\caption{Phase diagrams over the encoder and decoder learning rates, with the fitted boundary and Eq.~12's line[#if f.present]; [=f.run][/#if].}\label{fig:5}
\end{figure}
