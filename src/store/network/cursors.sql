SELECT site, pc, seq FROM network_cursor
