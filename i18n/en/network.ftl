# The library network (src/network/, src/cli/network.rs, the leaders' area).
network-join-not-join-file = { $file }, line { $line }: this is not a Passerelle join file. Nothing was changed.
network-join-newer = { $file }: this join file was made by a newer Passerelle. Update Passerelle on this PC first. Nothing was changed.
network-join-bad-field = { $file }: the field "{ $field }" is not right. Ask for a new join file. Nothing was changed.
network-join-no-certificate = { $file }: the server is on another computer, but the file has no certificate to check it by, so the password would travel unprotected. Ask for a join file made with --server-certificate. Nothing was changed.
network-join-file-exists = { $file } already exists: choose another name, or move the old file away first.
network-certificate-bad = { $file } is not a certificate (a PEM file that starts with "-----BEGIN CERTIFICATE-----").
network-certificate-unreadable = The server's certificate in the join file cannot be read.
network-needs-certificate = The server is on another computer: its certificate is needed, so that the connection is encrypted and the server checked.
network-bad-address = The server's address is not right: { $reason }
network-server-refused = The server could not be reached or refused: { $reason }
network-server-too-new = The server's network schema is version { $found }, newer than this Passerelle knows ({ $supported }). Update Passerelle first.
network-server-not-set-up = The server is not set up for Passerelle yet: run passerelle network init-server first.
network-bad-site-name = A site's name is made of lower-case letters, digits and dashes (up to 40), starting with a letter, for example mediatheque-zola.
network-site-exists = This site is already on the network. Nothing was changed.
network-server-ready = The network's server is ready (version { $version }).
network-server-upgraded = The network's server was brought from version { $from } to version { $to }.
network-server-up-to-date = The network's server is already up to date (version { $version }).
network-site-added = Site "{ $site }" is on the network. Its join file is { $file }: give it to the site's PCs like a key, and delete it once they have joined.
network-joined = This PC is now on the network, as site "{ $site }".
network-not-joined = This PC is not on a network. To join one: passerelle network join FILE
network-join-again = The network's access on this PC was kept under an earlier PIN: join again with the site's join file.
network-status-site = Site: { $site }
network-status-following = { $count ->
    [0] No card on this PC follows its resident to other sites.
    [one] 1 card on this PC follows its resident to other sites.
   *[other] { $count } cards on this PC follow their resident to other sites.
}
network-synced-at = { $count ->
    [0] Synced at { $time }.
    [one] Synced at { $time }, changes waiting for 1 person.
   *[other] Synced at { $time }, changes waiting for { $count } people.
}
network-never-synced = { $count ->
    [0] Not synced yet.
    [one] Not synced yet: changes waiting for 1 person.
   *[other] Not synced yet: changes waiting for { $count } people.
}
network-offline = { $count ->
    [0] Network unreachable: working offline.
    [one] Network unreachable: working offline, changes waiting for 1 person.
   *[other] Network unreachable: working offline, changes waiting for { $count } people.
}
network-round = Sent: { $pushed } { $pushed ->
        [one] person
       *[other] people
    } ({ $withdrawn } withdrawn). Received: { $pulled } { $pulled ->
        [one] record
       *[other] records
    }, { $answers } new { $answers ->
        [one] answer
       *[other] answers
    }, { $residents } new { $residents ->
        [one] person
       *[other] people
    }.
network-left-out = { $count ->
    [one] 1 record from the network could not be trusted and was left out.
   *[other] { $count } records from the network could not be trusted and were left out.
}
network-my-card = My card at other sites
network-my-card-follows = Your card and your results go to the network's other libraries and counters, so you can carry on there. Your picture code protects it.
network-my-card-stays = Only this PC knows your card.
network-my-card-follow = Let my card follow me
network-my-card-stay = Keep my card on this PC only
network-my-card-code-first = To let your card follow you, first lock it with a picture code (below).
network-area-title = Library network
network-area-site = This PC is site "{ $site }" of the network.
network-sync-now = Sync now
network-syncing = Syncing…
network-pack-published = Pack { $id } { $version } is published, signed by your structure: every PC of the network installs it at its next sync.
network-round-packs = Packs from the network: { $installed } installed, { $refused } refused.
network-area-not-joined = This PC is not on a library network. With the join file your city's IT gave for this site, it shares the cards that follow their residents with the other libraries.
network-join-button = Join the network with a join file
network-pack-no-key = The structure's signing key does not open with this PIN: a pack is published signed by it. Choose the leaders' PIN again in the window, then publish.
network-server-behind = The network's server is set up for an older Passerelle (version { $found }; this one needs version { $needed }). Nothing was sent. Ask whoever runs the server to run "passerelle network init-server" again: it brings the server up to date.
