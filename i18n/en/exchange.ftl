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
exchange-not-progress = This is not a Passerelle progress file, or it is damaged.
exchange-newer = This file comes from a newer version of Passerelle. Update Passerelle on this PC.
exchange-saved = Your progress is saved in { $path }. Open it in Passerelle on another PC to carry on there.
exchange-not-saved = The file could not be saved in { $path } ({ $detail }). Nothing is lost: try another place.
exchange-person-changed = { $name }'s card was updated from this file: { $fields }.
exchange-changed-name = name
exchange-changed-look = colour or picture
exchange-changed-language = language
exchange-changed-display = text size or contrast
exchange-changed-sharing-off = no longer shares results
exchange-left-out = { $name }: { $record ->
    [person] the whole person was refused
    [lesson] { $count ->
        [one] 1 lesson's progress was left out
       *[other] { $count } lessons' progress were left out
    }
    [answer] { $count ->
        [one] 1 answer was left out
       *[other] { $count } answers were left out
    }
    [review] { $count ->
        [one] 1 question to review was left out
       *[other] { $count } questions to review were left out
    }
    [test] { $count ->
        [one] 1 positioning test was left out
       *[other] { $count } positioning tests were left out
    }
    [workshop] { $count ->
        [one] 1 workshop place was left out
       *[other] { $count } workshop places were left out
    }
   *[try] { $count ->
        [one] 1 practice try was left out
       *[other] { $count } practice tries were left out
    }
}, because { $reason }.
exchange-reason-future = its date is in the future for this PC (check the date of the PC that made the file)
exchange-reason-too-old = its date is before Passerelle existed
exchange-reason-unknown-in-pack = the lesson, question or exercise does not exist in the pack installed here
exchange-reason-unreadable-response = the answer given cannot be read
exchange-reason-out-of-bounds = its figures are impossible (for the lesson, the review or the test)
exchange-reason-unknown-value = it holds a value Passerelle does not know (language, colour, picture, name or id)
exchange-kept-for-other-packs = { $count ->
    [one] 1 record is for a pack not installed on this PC: it is kept for the day it is.
   *[other] { $count } records are for packs not installed on this PC: they are kept for the day they are.
}
exchange-not-progress-at = This is not a Passerelle progress file, or it is damaged: it cannot be read from line { $line }.
