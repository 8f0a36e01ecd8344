exchange-exported = { $count ->
    [one] 1 person's progress saved in { $path }.
   *[other] { $count } people's progress saved in { $path }.
}
exchange-imported = { $path }: loaded ({ $residents ->
    [one] 1 new person
   *[other] { $residents } new people
}, { $answers ->
    [one] 1 new answer
   *[other] { $answers } new answers
}).
exchange-refused = { $path }: not loaded. { $reason } Nothing was changed.
exchange-unreadable = The file cannot be read ({ $detail }).
exchange-not-progress = This is not a Passerelle progress file, or it is damaged.
exchange-newer = This file comes from a newer version of Passerelle. Update Passerelle on this PC.
exchange-saved = Your progress is saved in { $path }. Open it in Passerelle on another PC to carry on there.
exchange-saved-known-folder = No window to choose a place could open, so the file is saved here: { $path }.
exchange-not-saved = The file could not be saved in { $path } ({ $detail }). Nothing is lost: try another place.
