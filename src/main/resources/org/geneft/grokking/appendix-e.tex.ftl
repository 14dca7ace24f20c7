[#-- Appendix E: the ideal model. --]
Appendix~E's ideal model forms exactly the parallelograms the training set implies (the row space of $A$); its
toy case counts the parallelograms of a small whole dataset. The ideal accuracy of Fig.~4(a)'s training sets is
plotted there.
