common-app-name = Passerelle
common-language = Language:
common-home = Home
common-change-profile = Change profile
common-cancel = Cancel
common-dismiss = Close this message
common-text-size = Text: { $percent }%
common-text-smaller = Smaller text
common-text-larger = Larger text
common-high-contrast = High contrast
common-display = Display
common-session-closing = Nobody has touched the computer for a while. To protect your progress, your session closes in { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }.
common-still-here = I'm still here
common-session-closed = The last session was closed after { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} without activity. Its progress is saved.
common-top-bar = Top bar: your card, the language and the display
