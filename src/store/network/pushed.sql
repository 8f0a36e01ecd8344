SELECT resident_uid, hash FROM network_pushed
