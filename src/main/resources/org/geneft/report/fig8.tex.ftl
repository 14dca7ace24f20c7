[#assign f = figures.fig8]
\setcounter{figure}{7}
\begin{figure}[h!tbp]
\centering
[#if f.present]
[#macro fig8panel relation]
\begin{tikzpicture}
\begin{axis}[width=[#if f.relations?has_content]0.34[#else]0.55[/#if]\textwidth, height=0.36\textwidth,
  [#if relation?has_content]title={[=relation]}, [/#if][#if f.logWd]xmode=log, [/#if]ymode=log,
  xlabel={$wd_{\mathrm{dec}}$}, ylabel={$\eta_{\mathrm{dec}}$}]
\addplot[phases[#if relation?has_content], discard if not={relation}{[=relation]}[/#if]] table[col sep=comma, x=wd_dec, y=eta_dec, meta=phase] {data/fig8-phases.csv};
[#if f.boundary]
\addplot[black, thick, unbounded coords=jump[#if relation?has_content], discard if not={relation}{[=relation]}[/#if]] table[col sep=comma, x=wd_dec, y=eta_dec_boundary] {data/fig8-boundary.csv};
[/#if]
\end{axis}
\end{tikzpicture}%
[/#macro]
[#if f.relations?has_content]
[#list f.relations as r][@fig8panel r/][#sep]\hfill
[/#list]
[#else]
[@fig8panel ""/]
[/#if]
[#else]
[@missing f/]
[/#if]
\caption{Phase diagram over the decoder's weight decay and learning rate[#if f.etaEnc?has_content] at $\eta_{\mathrm{enc}} = [=f.etaEnc?no_esc]$[/#if] (the paper: $10^{-5}$), with the
generalization-memorization boundary (black)[#if f.present]; [=f.run][/#if].}\label{fig:8}
\end{figure}
