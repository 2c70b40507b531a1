# The extractor command in a container. Build: docker build -t extractor .   Run:
#   docker run --rm -v /data/archive:/archive:ro -v "$PWD/out":/out extractor extract /archive -o /out/archive.jsonl
#
# SDK stage: restore (cached while the project files do not change), then a Release publish of the CLI,
# precompiled (ReadyToRun) for the image's architecture: it halves the CPU a cold start takes.
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG TARGETARCH
WORKDIR /src
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
COPY Directory.Build.props Extractor.sln README.md LICENSE THIRD-PARTY-NOTICES.md ./
COPY src/Extractor/Extractor.csproj src/Extractor/
COPY src/Extractor.Batch/Extractor.Batch.csproj src/Extractor.Batch/
COPY src/Extractor.Tools/Extractor.Tools.csproj src/Extractor.Tools/
COPY src/Extractor.Training/Extractor.Training.csproj src/Extractor.Training/
COPY src/Extractor.Cli/Extractor.Cli.csproj src/Extractor.Cli/
RUN dotnet restore src/Extractor.Cli/Extractor.Cli.csproj -a "${TARGETARCH:-amd64}" -p:PublishReadyToRun=true
COPY src/ src/
COPY models/ models/
RUN dotnet publish src/Extractor.Cli/Extractor.Cli.csproj -c Release --no-restore -a "${TARGETARCH:-amd64}" --self-contained false \
        -p:PublishReadyToRun=true -o /app \
    && printf '#!/bin/sh\nexec dotnet /app/Extractor.Cli.dll "$@"\n' > /app/extractor && chmod 755 /app/extractor

# Runtime stage: the .NET runtime only, the published tool, a user without privileges.
FROM mcr.microsoft.com/dotnet/runtime:10.0 AS runtime
WORKDIR /app
COPY --from=build /app/ /app/
COPY LICENSE THIRD-PARTY-NOTICES.md /app/
# The runtime images ship the 'app' user (uid 1654); name it explicitly so the image never runs as root.
USER app
ENV PATH="/app:${PATH}" DOTNET_CLI_TELEMETRY_OPTOUT=1
ENTRYPOINT ["extractor"]
CMD ["--help"]
