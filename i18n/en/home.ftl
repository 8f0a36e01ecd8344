home-hello = Hello { $name }!
home-continue = Continue where I left off: { $lesson }
home-start = Start: { $lesson }
home-all-done = You have finished every lesson. Well done!
home-pack-progress = { $done ->
    [one] 1 lesson finished
   *[other] { $done } lessons finished
} out of { $total }
home-status-new = Not started yet
home-status-in-progress = In progress
home-status-done = Finished: { $correct } right out of { $total }
home-status-finished = Finished
home-sharing-on = Your results are shared with the workshop leaders.
home-sharing-off = Your results are not shared: the workshop leaders only see how many people have a card.
home-stop-sharing = Stop sharing my results
home-start-sharing = Share my results with the workshop leaders
home-save-progress-hint = To continue on another computer with Passerelle, save your progress to a file (on a USB stick, for example).
home-save-progress = Save my progress to a file
home-workshop = Given by your workshop: { $title }
home-next-steps = Your next steps
home-test-take = Find out where I stand
home-test-continue = Continue my test where I stopped
home-test-again = Take the test again
home-my-progress = My progress
