# The exhibition as a container: build the static site, then serve it with nginx.
#   docker build -t b129-exhibition .                       # served at /
#   docker build --build-arg BASE=/expo/b129/ -t b129 .    # served at /expo/b129/
#   docker run --rm -p 8080:8080 b129-exhibition
FROM node:20.19-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .nvmrc ./
RUN npm ci --no-audit --no-fund
COPY . .
ARG BASE=./
RUN npm run build -- --base "$BASE"

FROM nginx:1.27-alpine
ARG BASE=./
COPY docs/deploy/nginx.conf /etc/nginx/conf.d/default.conf
# A sub-path build lives in that folder of the web root, a relative one at the root; nginx's own
# welcome page goes.
COPY --from=build /app/dist /tmp/site
RUN target="/usr/share/nginx/html${BASE#.}" \
    && rm -rf /usr/share/nginx/html/* \
    && mkdir -p "$target" \
    && cp -a /tmp/site/. "$target" \
    && rm -rf /tmp/site
EXPOSE 8080
