profiles-title = Who are you?
profiles-intro = Touch your card to carry on. Is this your first time? Make your card.
profiles-open = Open { $name }'s profile{ $locked ->
    [yes] , locked with pictures
   *[no] {""}
}
profiles-new = Make my card
profiles-new-title = Your card
profiles-name-label = Your first name or a nickname
profiles-name-hint = Your surname is not needed.
profiles-name-missing = Write a first name or a nickname to go on.
profiles-colour-label = Choose a colour
profiles-symbol-label = Choose a picture
profiles-create = Make my card and start
profiles-search = Find your card: type your first name
profiles-more = { $count ->
    [one] 1 more card. Type your first name above to find yours.
   *[other] { $count } more cards. Type your first name above to find yours.
}
profiles-none-found = No card has this name. Check the spelling, or make a new card.
profiles-agent-area = Workshop leader area
profiles-share-title = Your results
profiles-share-explain = The workshop leaders can see the lessons you finished, your right answers and the date of your last visit. It helps them prepare the workshops. Do you agree?
profiles-share-yes = Yes, I share my results with the workshop leaders
profiles-share-no = No, I keep them to myself
profiles-share-change = You can change your mind at any time, on your "My progress" page.
profiles-load-progress = Load my progress from a file
profiles-open-twin = Open { $name }'s profile ({ $colour }, { $symbol }){ $locked ->
    [yes] , locked with pictures
   *[no] {""}
}
