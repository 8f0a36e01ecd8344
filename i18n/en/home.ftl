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
