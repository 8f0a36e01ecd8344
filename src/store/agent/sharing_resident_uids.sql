SELECT uid FROM resident WHERE shares_results = 1 ORDER BY uid
