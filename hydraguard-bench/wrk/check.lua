-- wrk script for the gateway check: each request names one of N accounts (acct_bench_0 .. N-1),
-- as a gateway would after its own authentication. Usage:
--   HYDRAGUARD_TOKEN_GATEWAY=... wrk -t2 -c32 -d30s --latency -s check.lua http://127.0.0.1:8080/v1/check
-- Optional: ACCOUNTS=<file with one account id per line> to check real accounts instead.
local token = os.getenv("HYDRAGUARD_TOKEN_GATEWAY") or error("set HYDRAGUARD_TOKEN_GATEWAY")
local ids = {}
local file = os.getenv("ACCOUNTS")
if file then
  for line in io.lines(file) do
    if #line > 0 then ids[#ids + 1] = line end
  end
else
  for i = 0, 999 do ids[#ids + 1] = "acct_bench_" .. i end
end
local n = 0
request = function()
  n = n + 1
  local headers = {}
  headers["Authorization"] = "Bearer " .. token
  headers["x-hydraguard-account"] = ids[(n % #ids) + 1]
  return wrk.format("GET", "/v1/check/v1/messages", headers)
end
