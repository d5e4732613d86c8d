# syntax=docker/dockerfile:1
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY . .
RUN mvn -B -q -DskipTests -Dspotless.check.skip=true package

FROM eclipse-temurin:17-jre
RUN groupadd --system atlas && useradd --system --gid atlas --home /app atlas
WORKDIR /app
COPY --from=build /src/target/hospital-atlas.jar /app/hospital-atlas.jar
USER atlas
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/hospital-atlas.jar"]
