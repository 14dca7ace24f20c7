[#-- Eq. 4-7 of the grokking paper: the effective loss, its conserved quantities, its ground states. --]
The effective loss of 1-D embeddings $E_0,\dots,E_{p-1}$ is $\ell_{\rm eff} = \ell_0/Z_0$ with
$\ell_0 = |AE|^2 = \sum_{(i,j,m,n)} (E_i + E_j - E_m - E_n)^2$ over the parallelograms ($i + j = m + n$) of the
training set, one row of $A$ each (Eq.~4, 7). The extracted text lost Eq.~5; the authors' code
(\texttt{toy/train\_add.py}) normalises by $Z_0 = \sum_k E_k^2$, and the derivations check Eq.~6 under that reading
and under a translation-invariant one, $Z_0 = \sum_{k<l} (E_k - E_l)^2$. Ground states solve $AE = 0$ (Eq.~7); every
linear structure $E_k = a + bk$ is one, so the null space has dimension at least 2.
