# A small image with the clause command: a static binary on an empty base.
#   docker build -t clause .
#   docker run --rm -v "$PWD:/site" clause check
#   docker run --rm -v "$PWD:/site" -u "$(id -u):$(id -g)" clause build
# The build step is the one CI runs (`cargo build --release --locked`, .ci/run); on Alpine
# the target is musl, which links statically.
FROM rust:1.89-alpine3.20 AS build
RUN apk add --no-cache musl-dev
WORKDIR /src
COPY . .
RUN cargo build --release --locked

FROM scratch
COPY --from=build /src/target/release/clause /usr/local/bin/clause
WORKDIR /site
ENTRYPOINT ["/usr/local/bin/clause"]
CMD ["build"]
