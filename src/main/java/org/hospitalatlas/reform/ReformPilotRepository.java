package org.hospitalatlas.reform;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReformPilotRepository extends JpaRepository<ReformPilot, Long> {}
