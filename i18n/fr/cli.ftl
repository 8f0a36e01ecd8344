cli-pack-ok = { $path } : aucun problème ({ $lessons } leçons, { $questions } questions).
cli-pack-problems = { $path } : { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
} à corriger.
