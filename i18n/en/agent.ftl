agent-title = Workshop leader area
agent-choose-pin = Choose a PIN or a passphrase for this area: at least { $min } characters. Only workshop leaders should know it.
agent-new-pin = New PIN or passphrase
agent-confirm-pin = The same again
agent-save-pin = Save the PIN
agent-pin-too-short = Too short: use at least 6 characters.
agent-pin-too-simple = Too easy to guess: avoid one repeated character or digits in a row like 123456.
agent-pin-mismatch = The two entries differ. Type the same PIN twice.
agent-recovery-intro = Write down this recovery code on paper and keep it somewhere safe (in the workshop's file, for example). If the PIN is forgotten, this code lets you choose a new one. It is shown only now.
agent-recovery-keep = Passerelle keeps only a scrambled form of it: nobody can read it back.
agent-recovery-noted = I have written it down
agent-pin = PIN or passphrase
agent-open = Open
agent-forgot = Forgot the PIN?
agent-wrong-pin = Wrong PIN. Try again.
agent-wait = Too many wrong tries. Wait { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }, then try again.
agent-recover-intro = Type the recovery code written down when the PIN was chosen, then choose a new PIN.
agent-recovery-code = Recovery code
agent-wrong-code = This recovery code is not the right one.
agent-change-pin = Change the PIN
agent-close = Close the area
agent-residents = { $count ->
    [one] 1 person shares their results
   *[other] { $count } people share their results
}
agent-resident-figures = { $lessons ->
    [one] 1 lesson finished
   *[other] { $lessons } lessons finished
}, { $right ->
    [one] 1 right answer
   *[other] { $right } right answers
} out of { $answers }. Last visit: { $date }.
agent-timeout = Close a resident's session after this long without activity:
agent-minutes = { $minutes } min
agent-private = { $count ->
    [one] 1 more person keeps their results to themselves.
   *[other] { $count } more people keep their results to themselves.
}
agent-load = Load progress files
agent-save-all = Save everyone's progress
agent-export-residents = Table of residents
agent-export-answers = Table of answers
agent-search = Find a person: type a name
agent-sort = Sort by:
agent-sort-last-visit = last visit
agent-sort-name = name
agent-sort-progress = lessons finished
agent-more = { $count ->
    [one] 1 more person: type a name above to find them.
   *[other] { $count } more people: type a name above to find them.
}
agent-open-report = See { $name }'s report
agent-back-to-list = Back to the list
agent-competences = Competences reached (CRCN framework):
agent-no-competence-yet = No lesson finished yet.
agent-competence-level = { $code } { $name }: level { $level }
agent-save-resident = Save a page with all their data
agent-save-resident-hint = Their right of access: everything Passerelle keeps about this person, on a page to read or print.
agent-delete = Delete this person and all their data
agent-delete-confirm = Delete { $name } and everything they did on this PC? This cannot be undone.
agent-delete-yes = Yes, delete
agent-erased = { $name } and all their data were deleted from this PC and overwritten, so they cannot be read back. { $rewritten ->
    [0] There was no backup to rewrite.
    [one] They were also taken out of its backup.
   *[other] They were also taken out of its { $rewritten } backups.
}{ $deleted ->
    [0] {""}
    [one] {" "}1 backup that could not be rewritten was deleted.
   *[other] {" "}{ $deleted } backups that could not be rewritten were deleted.
}
agent-erased-files = { $count ->
    [one] 1 file saved earlier from this PC is still here and may hold their data: delete it if it does.
   *[other] { $count } files saved earlier from this PC are still here and may hold their data: delete those that do.
}
agent-save-attestation = Save an attestation to print (PDF)
agent-structure = Your structure's name, printed on attestations
agent-leader = The name of the person who signs the attestations (leave it empty to write it by hand)
agent-structure-save = Keep these names
agent-structure-saved = The names are kept for the attestations.
agent-time-spent = Time spent on answers and practice: about { $hours ->
    [0] { $minutes } min.
   *[other] { $hours } h { $minutes } min.
}
agent-note = Note for the workshop leaders: practical things only, never health, money or residence papers (the person can ask to see it)
agent-note-save = Keep the note
agent-note-saved = The note is kept.
agent-rename-field = Name shown on the profile card
agent-rename = Change the name
agent-renamed = The profile is now called { $name }.
agent-rename-empty = Type a name before pressing "Change the name".
agent-merge = This person has another profile: merge them
agent-merge-intro = Choose the other profile of { $name }. Its lessons and answers will join this profile, and it will be removed.
agent-merge-this = Merge { $name }
agent-merge-confirm = Merge { $other } into { $name }? All the answers are kept; the card "{ $other }" disappears. This cannot be undone.
agent-merge-yes = Yes, merge
agent-merged = { $name }'s profile is merged into this one. Nothing was lost.
agent-add-pack = Add a pack (file)
agent-pack-older = { $file } holds version { $offered } of a pack, older than version { $installed } on this PC. Replace it with the older version? Residents keep their progress.
agent-pack-older-replace = Replace with the older version
agent-pack-older-keep = Keep the version on this PC
agent-code-wait = Too many wrong codes. Wait { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    } before the next one.

agent-cards = Profile cards
agent-cards-names = Show first names
agent-cards-initials = Show the initial only
agent-cards-locked = { $count ->
    [one] 1 card is locked with pictures. If its owner forgot them, you can open it again:
   *[other] { $count } cards are locked with pictures. If their owner forgot them, you can open them again:
}
agent-code-remove = Remove { $name }'s pictures
agent-check-attestation = Check an attestation (PDF)
agent-keys-hint = Other structures check your attestations with your keys file; trust theirs here to check their attestations.
agent-save-keys = Save our keys file
agent-trust-keys = Trust a keys file
agent-procedures = Procedures on the practice portal
agent-procedure-clean = { $lesson }: done, every page right the first time
agent-procedure-stumbles = { $lesson }: done; needed another try on { $steps }
agent-answer-places = Where the answers were given
agent-answers-here = On this computer: { $count ->
    [one] 1 answer
   *[other] { $count } answers
}
agent-answers-at-site = At { $site } (library network): { $count ->
    [one] 1 answer
   *[other] { $count } answers
}
agent-answers-elsewhere = On another computer (progress file): { $count ->
    [one] 1 answer
   *[other] { $count } answers
}
agent-question-stats = How each question goes
agent-stats-this-pc = Counted on this computer.
agent-stats-network = Counted at every computer of the library network (last sync at { $time }).
agent-stats-network-never = Counted at every computer of the library network, once this computer has synced.
agent-stats-whose = Only the answers of residents who share their results with the workshop leaders; never what they typed. The questions missed most come first.
agent-stats-none = No answers to this pack's questions yet.
agent-stats-right = Right answers: { $right } out of { $count ->
    [one] 1 answer
   *[other] { $count } answers
} ({ $percent } %)
agent-stats-wrong-most = Wrong answer given most: “{ $answer }” ({ $count ->
    [one] once
   *[other] { $count } times
})
