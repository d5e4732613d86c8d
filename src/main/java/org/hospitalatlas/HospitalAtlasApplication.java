package org.hospitalatlas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class HospitalAtlasApplication {

    public static void main(String[] args) {
        SpringApplication.run(HospitalAtlasApplication.class, args);
    }
}
