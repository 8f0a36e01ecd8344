gift-skipped-essay = Ligne { $line } : une question de rédaction n'est pas importée (il n'y a pas de bonne réponse à vérifier).
gift-skipped-description = Ligne { $line } : une description sans réponse n'est pas importée.
gift-skipped-unreadable = Ligne { $line } : cette question n'a pas pu être lue et n'est pas importée.
gift-imported = { $count } questions écrites dans { $path }. Lancez « passerelle pack check » pour voir les traductions et les explications à compléter.
gift-bad-arguments = Donnez --in fr ou en, une compétence CRCN comme 4.1, et un niveau de 1 à 8.
