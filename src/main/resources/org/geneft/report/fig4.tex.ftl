Outcomes of Eq.~10 from a grid of [=fig4.points] initial conditions $(a_2, c)$ on $[-[=fig4.extent], [=fig4.extent]]^2$ with
$\eta_A = [=fig4.etaA]$, $\eta_x = [=fig4.etaX]$, each integrated (DormandPrince853 on $\ln|a_2|, \ln|c|$) until the
repons collide ($c \to 0$, green) or stay apart ($a_2 \to 0$, red): [=fig4.collisions] collide, [=fig4.undecided] are
undecided, and [=fig4.agree] of [=fig4.points] end as the sign of the conserved $C$ of Eq.~11 says. The black lines
are the separatrix $C = 0$, $c = \pm a_2\sqrt{\eta_x/(2\eta_A)}$; grey curves are sample trajectories.
\setcounter{figure}{3}
\begin{figure}[h!tbp]
\centering
\begin{tikzpicture}
\begin{axis}[width=0.55\textwidth, height=0.55\textwidth, xlabel={$a_2$ (decoder)}, ylabel={$c$ (half-distance of the repons)},
  xmin=-[=fig4.extent], xmax=[=fig4.extent], ymin=-[=fig4.extent], ymax=[=fig4.extent],
  scatter/classes={collision={mark=square*,green!55!black}, no-collision={mark=square*,red!60}, undecided={mark=square*,gray}}]
\addplot[only marks, scatter, mark size=1.1pt, scatter src=explicit symbolic] table[col sep=comma, x=a2, y=c, meta=outcome] {data/fig4-grid.csv};
\addplot[black, thick] table[col sep=comma, x=a2, y=c_plus] {data/fig4-separatrix.csv};
\addplot[black, thick] table[col sep=comma, x=a2, y=c_minus] {data/fig4-separatrix.csv};
[#list fig4.trajectories as id]
\addplot[gray!70!black, discard if not={id}{[=id]}] table[col sep=comma, x=a2, y=c] {data/fig4-trajectories.csv};
[/#list]
\end{axis}
\end{tikzpicture}
\caption{Phase portrait of the interacting repons (Eq.~10): green where the repons collide, with the $C = 0$ separatrix
(data: \texttt{data/fig4-grid.csv}, \texttt{fig4-separatrix.csv}, \texttt{fig4-trajectories.csv}).}\label{fig:4}
\end{figure}
