-- wrk script for bench/applications.sh: every request posts a different area, so no two requests
-- overlap. Either a ~100 m square, or, given a file of GeoJSON polygon rings (one "[[lon,lat],…]"
-- a line), the next ring of that file.
--   wrk ... -s areas.lua URL -- <auth header> <threads> <lon0> <lat0> <mineral|""> [rings file]
-- With a mineral the body is an application; without, an overlap check. Past the end of the
-- file the rings start again: those submissions overlap earlier ones and fail with 409.
--
-- Each thread has its own column of squares, one 0.05° claim cell wide (40 squares a row, rows
-- northwards from lat0; the columns start at lon0 rounded to the claim-cell grid), so concurrent
-- clients never share a claim cell and never wait for each other's locks.

local counter = 0
local threads, lon0, lat0, mineral, auth = 1, 0, 0, "", ""
local rings = nil
local created = {}

function setup(thread)
  table.insert(created, thread)
  thread:set("id", #created - 1)
end

function init(args)
  auth, threads = args[1], tonumber(args[2])
  lon0, lat0, mineral = tonumber(args[3]), tonumber(args[4]), args[5] or ""
  if args[6] then
    rings = {}
    for line in io.lines(args[6]) do
      table.insert(rings, line)
    end
  end
end

local function square(k)
  local lon = math.floor(lon0 / 0.05 + 0.5) * 0.05 + id * 0.05 + 0.0005 + (k % 40) * 0.0012
  local lat = lat0 + math.floor(k / 40) * 0.0011
  return string.format("[[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f]]",
    lon, lat, lon + 0.001, lat, lon + 0.001, lat + 0.0009, lon, lat + 0.0009, lon, lat)
end

function request()
  local ring = rings and rings[(id + counter * threads) % #rings + 1] or square(counter)
  counter = counter + 1
  local body = '{"geometry":{"type":"Polygon","coordinates":[' .. ring .. ']}}'
  if mineral ~= "" then
    body = '{"mineral":"' .. mineral .. '","geometry":{"type":"Polygon","coordinates":[' .. ring .. ']}}'
  end
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json", ["Authorization"] = auth }, body)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local failed = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  io.write(string.format("RESULT %d %.1f %.2f %.2f %d\n", summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, failed))
end
