-- The request mix of mixed-load.sh, for wrk. Out of every 1,000 requests:
--   600 list clients; 150 page users with a validated query;
--   100 create a client with an Idempotency-Key from a small per-thread set (so mostly replays);
--    20 create one with a new key each time (the key store fills and forgets, oldest first);
--    10 create one with a new key and 256 KiB of whitespace after the JSON (a key must not keep it);
--    60 send broken JSON (400); 59 a broken query escape (400);
--     1 a body over the 1 MiB limit (413).
-- Lists and pages go as John Doe (company123), creates as the super admin into comp789, so that the
-- listed company does not grow. Statuses are counted per class; done() prints them, and any 5xx is a failure of the mock.

local auth = "Bearer " .. os.getenv("TOKEN")
local admin = "Bearer " .. os.getenv("ADMIN_TOKEN")
local run = os.getenv("RUN") or "0"
local json = { ["Authorization"] = admin, ["Content-Type"] = "application/json" }
local plain = { ["Authorization"] = auth }
local creates = "/api/v3/companies/comp789/clients"
local padding = string.rep(" ", 256 * 1024)
local oversized = '{"name":"x"}' .. string.rep(" ", 1024 * 1024 + 1)

local threads = {}
local next_id = 1

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  n = 0
  s2xx, s4xx, s5xx, other = 0, 0, 0, 0
end

local function keyed(key)
  return { ["Authorization"] = admin, ["Content-Type"] = "application/json",
           ["Idempotency-Key"] = key }
end

function request()
  n = n + 1
  local slot = n % 1000
  local tag = run .. "-" .. id .. "-" .. n
  if slot < 600 then
    return wrk.format("GET", "/api/v3/companies/company123/clients", plain)
  elseif slot < 750 then
    return wrk.format("GET", "/api/v4/users?page=2&per_page=15", plain)
  elseif slot < 850 then
    local key = run .. "-" .. id .. "-small-" .. (n % 500)
    return wrk.format("POST", creates, keyed(key), '{"name":"Load ' .. key .. '"}')
  elseif slot < 870 then
    return wrk.format("POST", creates, keyed("new-" .. tag), '{"name":"New ' .. tag .. '"}')
  elseif slot < 880 then
    return wrk.format("POST", creates, keyed("large-" .. tag), '{"name":"Large ' .. tag .. '"}' .. padding)
  elseif slot < 940 then
    return wrk.format("POST", creates, json, '{"name":')
  elseif slot < 999 then
    return wrk.format("GET", "/api/v4/users?page=%zz", plain)
  else
    return wrk.format("POST", creates, json, oversized)
  end
end

function response(status, headers, body)
  if status >= 500 then
    s5xx = s5xx + 1
  elseif status >= 400 then
    s4xx = s4xx + 1
  elseif status >= 200 and status < 300 then
    s2xx = s2xx + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local a, b, c, d = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    a = a + thread:get("s2xx")
    b = b + thread:get("s4xx")
    c = c + thread:get("s5xx")
    d = d + thread:get("other")
  end
  io.write(string.format("statuses: 2xx %d, 4xx %d, 5xx %d, other %d\n", a, b, c, d))
end
