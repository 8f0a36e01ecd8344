workshop-list = Workshops
workshop-export = Table of workshops
workshop-export-cra = Activity reports for the Coop (drafts)
workshop-new = New workshop
workshop-none = No workshop yet. Press "New workshop" to prepare one.
workshop-open = Open the workshop: { $title }
workshop-day-time = { $day } at { $time }
workshop-attendance = { $members ->
    [one] 1 person, { $present } present
   *[other] { $members } people, { $present } present
}
workshop-edit = Edit the workshop
workshop-title = Title of the workshop
workshop-day = Day (for example 24/11/2026)
workshop-time = Starting time, if you wish (for example 14:00)
workshop-place = Place
workshop-topic = Topic, in your own words
workshop-lessons = Lessons given in this workshop
workshop-residents = People in this workshop (only those who share their results can be added)
workshop-no-residents = Nobody shares their results on this PC yet.
workshop-save = Save the workshop
workshop-saved = The workshop is saved.
workshop-error-title = Give the workshop a title (80 characters at most).
workshop-error-day = Type a day that exists, as day/month/year: 24/11/2026.
workshop-error-time = Type the time as hours:minutes, like 14:00, or leave it empty.
workshop-back = Back to the workshops
workshop-no-lessons = No lesson chosen yet: press "Edit the workshop" to choose some.
workshop-who = Who came? Tick the people who were there.
workshop-no-members = Nobody in this workshop yet: press "Edit the workshop" to add people.
workshop-present = { $name } was there
workshop-member-progress = { $name }: { $done } of the { $total } lessons finished.
workshop-private = { $count ->
    [one] 1 more person in this workshop keeps their results to themselves.
   *[other] { $count } more people in this workshop keep their results to themselves.
}
workshop-missed = Questions the group gets wrong most often
workshop-missed-none = No wrong answer yet in this workshop's lessons.
workshop-missed-figures = { $lesson }: { $wrong ->
    [one] 1 wrong answer
   *[other] { $wrong } wrong answers
} out of { $answers }.
workshop-lessons-hint = Open a pack to choose its lessons.
workshop-pack-chosen = { $pack } ({ $count ->
    [0] none chosen
   *[other] { $count } chosen
})
workshop-save-attestations = Save everyone's attestation (PDF)
workshop-save-attestations-hint = { $count ->
    [one] One page
   *[other] { $count } pages
}, one for each person above, in one PDF to print at once.
workshop-attestations-file = attestations
workshop-attestations-saved = The attestations are saved in { $path }: { $count ->
    [one] 1 page
   *[other] { $count } pages
}, one for each person. Open the file to print them.{ $private ->
    [0] {""}
    [one] {" "}The person who keeps their results to themselves is not in it.
   *[other] {" "}The { $private } people who keep their results to themselves are not in it.
}
workshop-attestations-saved-missing = The attestations are saved in { $path } ({ $count } pages), but no font on this PC has these letters of names: { $missing }. They are left blank: write them by hand before you hand them over.
workshop-stumbles = Where the group stumbles in procedures
workshop-stumble = { $step }: { $residents ->
    [one] 1 person needed another try
   *[other] { $residents } people needed another try
}
workshop-run-at = Run at another site of the library network: { $site }. Its people from every site who let their card follow them are here.
workshop-live = Right now, on the PCs of the library network
workshop-live-none = Nobody in this workshop is in a lesson right now.
workshop-live-seat = { $name }: { $lesson }, step { $step } of { $steps }
workshop-live-other-lesson = a lesson of a pack not installed here
workshop-live-stuck-wrong = { $name } may need help: { $count ->
    [one] 1 wrong answer
   *[other] { $count } wrong answers in a row
}
workshop-live-stuck-quiet = { $name } may need help: { $minutes ->
    [one] no move for 1 minute
   *[other] no move for { $minutes } minutes
}
