exchange-exported = { $count ->
    [one] 1 person's progress saved in { $path }.
   *[other] { $count } people's progress saved in { $path }.
}
exchange-imported = { $path }: loaded ({ $residents } new people, { $answers } new answers).
exchange-refused = { $path }: not loaded. { $reason } Nothing was changed.
exchange-unreadable = The file cannot be read ({ $detail }).
exchange-not-progress = This is not a Passerelle progress file, or it is damaged.
exchange-newer = This file comes from a newer version of Passerelle. Update Passerelle on this PC.
