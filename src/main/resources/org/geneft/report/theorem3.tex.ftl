Theorem~3 by Monte Carlo on the reduced system Eq.~10: [=theorem3.samples] initial conditions
$a_2(0) \sim N(0, \sigma_a^2)$, $c(0) \sim N(0, \sigma_c^2)$ per cell, each classified by integration; $z$ is the
deviation from Eq.~12 in standard errors under Eq.~12 (data: \texttt{data/theorem3.csv}).
\begin{table}[h!tbp]
\centering
\begin{tabular}{rrrrrrr}
\toprule
$\eta_x/\eta_A$ & $\sigma_a/\sigma_c$ & $p_{\mathrm{MC}}$ & s.e. & Eq.~12 & $z$ & undecided\\
\midrule
[#list theorem3.rows as r]
[=r.ratio] & [=r.sigma] & [=r.pmc] & [=r.stderr] & [=r.eq12] & [=r.z] & [=r.undecided]\\
[/#list]
\bottomrule
\end{tabular}
\caption{Theorem 3: collision probability of two repons by Monte Carlo against Eq.~12.}\label{tab:theorem3}
\end{table}
