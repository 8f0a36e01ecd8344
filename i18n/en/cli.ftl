cli-pack-ok = { $path }: no problems ({ $lessons } lessons, { $questions } questions).
cli-pack-problems = { $path }: { $count ->
    [one] 1 problem
   *[other] { $count } problems
} to fix.
