"""The demo best-practice guides, one module each (English source text, as plain data).

Facts come from the project's source documents and general knowledge of the field;
organisations and people are fictional. Every sentence is written for this site.
"""

from . import (
    assertive_outreach_for_people_with_mental_illness,
    ethical_reconnection_support,
    from_winter_shelter_to_a_tenancy,
    health_care_without_insurance,
    housing_first_for_people_with_complex_needs,
    multilingual_street_outreach,
    rapid_re_housing_of_homeless_families,
    rights_clinic_for_eu_citizens,
    roma_health_mediators_between_two_countries,
    safe_accommodation_for_homeless_women,
    secure_cross_border_case_handover,
    work_pathways_for_recently_arrived_workers,
    youth_hostel_with_training,
)

GUIDES: list[dict] = [
    rapid_re_housing_of_homeless_families.GUIDE,
    housing_first_for_people_with_complex_needs.GUIDE,
    multilingual_street_outreach.GUIDE,
    health_care_without_insurance.GUIDE,
    work_pathways_for_recently_arrived_workers.GUIDE,
    rights_clinic_for_eu_citizens.GUIDE,
    ethical_reconnection_support.GUIDE,
    safe_accommodation_for_homeless_women.GUIDE,
    youth_hostel_with_training.GUIDE,
    roma_health_mediators_between_two_countries.GUIDE,
    assertive_outreach_for_people_with_mental_illness.GUIDE,
    secure_cross_border_case_handover.GUIDE,
    from_winter_shelter_to_a_tenancy.GUIDE,
]
