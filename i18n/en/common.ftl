common-app-name = Passerelle
common-language = Language:
common-home = Home
common-change-profile = Change profile
common-cancel = Cancel
common-dismiss = Close this message
