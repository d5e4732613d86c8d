package org.hospitalatlas.hospital;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "hospital")
class Hospital {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(name = "name_zh", nullable = false, unique = true)
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    private String province;
    private String city;
    private String district;
    private String level;
    private String category;

    @Column(nullable = false)
    private String ownership = "public";

    @Column(name = "founded_year")
    private Short foundedYear;

    @OneToMany(mappedBy = "hospital", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("alias")
    private List<HospitalAlias> aliases = new ArrayList<>();

    protected Hospital() {}

    Hospital(String slug, String nameZh) {
        this.slug = slug;
        this.nameZh = nameZh;
    }

    Long id() {
        return id;
    }

    String slug() {
        return slug;
    }

    String nameZh() {
        return nameZh;
    }

    List<HospitalAlias> aliases() {
        return aliases;
    }

    /** The hospital with its aliases in alphabetical order, as a client sees it. */
    HospitalDetails details() {
        return new HospitalDetails(
                slug,
                nameZh,
                nameEn,
                aliases.stream().map(HospitalAlias::alias).toList(),
                province,
                city,
                district,
                level,
                category,
                ownership,
                foundedYear == null ? null : foundedYear.intValue());
    }

    HospitalRef ref() {
        return new HospitalRef(id, slug, nameZh);
    }

    boolean hasAlias(String alias) {
        return aliases.stream().anyMatch(a -> a.alias().equals(alias));
    }

    void addAlias(String alias) {
        aliases.add(new HospitalAlias(this, alias));
    }

    /** Fills what is still unknown; a value already recorded is never overwritten by a later document. */
    void complete(HospitalDescription description) {
        province = firstNonBlank(province, description.province());
        city = firstNonBlank(city, description.city());
        district = firstNonBlank(district, description.district());
        level = firstNonBlank(level, description.level());
        category = firstNonBlank(category, description.category());
        if (foundedYear == null && description.foundedYear() != null) {
            foundedYear = description.foundedYear().shortValue();
        }
        if (description.privatelyOwned()) {
            ownership = "private";
        }
    }

    private static String firstNonBlank(String current, String candidate) {
        return current != null && !current.isBlank() ? current : candidate;
    }
}
