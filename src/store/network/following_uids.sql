SELECT uid FROM resident WHERE follows_me = 1 ORDER BY uid
