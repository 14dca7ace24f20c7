[#-- Fig. 4(c) and Eq. 8-9: the effective theory's trajectories against the closed form. --]
The exact effective flow $\dot E = -\nabla(\ell_0/Z_0)$ over all parallelograms of $p = 10$, integrated by Hipparchus
from a random start, against Eq.~9's closed form $\sum_k c_k e^{-\lambda_k t} v_k$, both normalised to zero mean and
unit variance as the paper's Fig.~4 is; time in units of $1/\lambda_3$ ($\lambda_3 = [=figures.fig4c.lambda3]$). The
lines (flow) and the marks (closed form) coincide: the exact flow is $-HE + (2\ell_0/Z_0^2)E$, and the second term
only rescales.
\begin{center}
\begin{tikzpicture}
\begin{axis}[width=0.75\textwidth, height=6cm, xmode=log, xlabel={$t\lambda_3$}, ylabel={normalised $E_k$}]
\pgfplotsinvokeforeach{0,...,9}{
\addplot[thin, blue!70!black, discard if not={symbol}{#1}] table[col sep=comma, x=t_lambda3, y=flow_normalised]{data/grok-fig4c.csv};
\addplot[only marks, mark=o, mark size=0.8pt, red, discard if not={symbol}{#1}] table[col sep=comma, x=t_lambda3, y=linear_normalised]{data/grok-fig4c.csv};
}
\end{axis}
\end{tikzpicture}
\end{center}
