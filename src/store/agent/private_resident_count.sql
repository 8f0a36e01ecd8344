SELECT count(*) FROM resident WHERE shares_results = 0
