# Candor in a container: Debian's Chromium and the CLI built from this checkout.
#   docker build -t candor .
#   docker run --rm -v "$PWD/out:/out" candor audit https://www.example.com/ --out /out/example
#   docker run --rm -v "$PWD:/work" candor batch /work/sites.txt --out /work/batch --parallel 2
# Chromium runs headless without a sandbox inside the container (as root it cannot use one).
FROM maven:3-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q install -DskipTests

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium openjdk-17-jre-headless fonts-dejavu-core ca-certificates \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/candor
COPY --from=build /src/cli/target/candor-cli.jar /opt/candor/candor-cli.jar
COPY --from=build /src/cli/target/lib /opt/candor/lib
COPY jvm.options /opt/candor/jvm.options
ENV CANDOR_CHROMIUM=/usr/bin/chromium
RUN useradd --create-home candor && mkdir /out && chown candor /out
USER candor
WORKDIR /out
ENTRYPOINT ["java", "@/opt/candor/jvm.options", "-cp", "/opt/candor/candor-cli.jar:/opt/candor/lib/*", "dev.candor.cli.Main"]
CMD ["--help"]
